package org.scrutiny.parse.people;

import java.util.Optional;

import org.scrutiny.parse.roles.RoleClassifier;
import org.scrutiny.parse.text.Spaces;

/**
 * A title written before the name, on a line of its own, as councils list their officers: "Clerk J Connelly",
 * "Treasurer Anne Hall". The police ranks ("Chief Constable Fiona Rudd") have their own rule in {@link NameAndTitle};
 * this one takes any title the role classifier knows, followed by nothing but a name.
 */
final class TitleBeforeName {

	/** The longest title looked for before the name, in words ("Responsible Financial Officer"). */
	private static final int MAX_TITLE_WORDS = 3;

	/** A person and the title before their name. */
	record Read(String name, String title) {
	}

	private TitleBeforeName() {
	}

	static Optional<Read> read(String line) {
		if (!NameAndTitle.bare(line).equals(line.strip())) {
			// "Cllr James Anderson": an honorific, which the name drops, is not the person's title
			return Optional.empty();
		}
		String[] words = Spaces.split(line.strip());
		for (int n = Math.min(MAX_TITLE_WORDS, words.length - 2); n >= 1; n--) {
			String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
			String name = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
			if (RoleClassifier.isTitle(title) && !RoleClassifier.isTitle(name)) {
				Optional<ListedPerson.Read> person = ListedPerson.read(name, false);
				if (person.isPresent() && person.get().name().equals(name)) {
					return Optional.of(new Read(name, title));
				}
			}
		}
		return Optional.empty();
	}

}
