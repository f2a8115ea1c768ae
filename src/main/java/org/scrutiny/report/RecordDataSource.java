package org.scrutiny.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A rewindable Jasper data source over a list of records: the field {@code text} reads the record's {@code text()} component.
 * (Jasper's bean data source looks for {@code getText()}, which records do not have.)
 */
final class RecordDataSource implements JRRewindableDataSource {

	private final List<? extends Record> all;

	private Iterator<? extends Record> rows;

	private final Map<String, Method> accessors = new HashMap<>();

	private Record current;

	RecordDataSource(List<? extends Record> rows) {
		this.all = rows;
		this.rows = rows.iterator();
		if (!rows.isEmpty()) {
			for (RecordComponent component : rows.get(0).getClass().getRecordComponents()) {
				accessors.put(component.getName(), component.getAccessor());
			}
		}
	}

	@Override
	public boolean next() {
		current = rows.hasNext() ? rows.next() : null;
		return current != null;
	}

	/** Subreports on bands that do not split are filled again from the start when they move to the next page. */
	@Override
	public void moveFirst() {
		rows = all.iterator();
		current = null;
	}

	@Override
	public Object getFieldValue(JRField field) throws JRException {
		Method accessor = accessors.get(field.getName());
		if (accessor == null) {
			throw new JRException("no component '" + field.getName() + "' in " + current.getClass().getSimpleName());
		}
		try {
			return accessor.invoke(current);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new JRException("cannot read '" + field.getName() + "'", ex);
		}
	}

}
