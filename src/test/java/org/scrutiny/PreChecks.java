package org.scrutiny;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the pre-check tests of the parser and the normaliser share: the patterns and methods a class keeps to itself,
 * and the texts on which a quick reading and the full one disagree.
 */
public final class PreChecks {

	private PreChecks() {
	}

	/** A constant a class keeps to itself. */
	public static Object field(Class<?> owner, String name) {
		try {
			Field field = owner.getDeclaredField(name);
			field.setAccessible(true);
			return field.get(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A static method of one text that a class keeps to itself. */
	@SuppressWarnings("unchecked")
	public static <T> Function<String, T> method(Class<?> owner, String name) {
		try {
			Method method = owner.getDeclaredMethod(name, String.class);
			method.setAccessible(true);
			return text -> {
				try {
					return (T) method.invoke(null, text);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			};
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Each text whose quick reading differs from the full one, with both. */
	public static <T> List<String> differences(List<String> texts, Function<String, T> quick, Function<String, T> full) {
		List<String> out = new ArrayList<>();
		for (String text : texts) {
			T fast = quick.apply(text);
			T slow = full.apply(text);
			if (!fast.equals(slow)) {
				out.add("'" + text + "': " + fast + " where the full reading gives " + slow);
			}
		}
		return out;
	}

}
