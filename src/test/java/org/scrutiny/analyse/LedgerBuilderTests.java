package org.scrutiny.analyse;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

import static org.assertj.core.api.Assertions.assertThat;

/** Owners shared between an action and a later report on it, which weigh a little in linking them. */
class LedgerBuilderTests {

	@ParameterizedTest(name = "{0}/{1}/{2} and {3}/{4}/{5}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			DCC   | T/DCC | ""          | DCC   | DCC   | ""          | true
			DCC   | DCC   | ""          | ACC   | ACC   | ""          | false
			OTHER | Clerk | ""          | OTHER | clerk | ""          | true
			OTHER | ""    | Paul Fell   | OTHER | ""    | Paul Fell   | true
			OTHER | ""    | Paul Fell   | OTHER | ""    | Janet Hughes | false
			OTHER | Clerk | ""          | OTHER | Chair | ""          | false
			""")
	void sharesAnOwnerOnlyWhenBothNameTheSameRoleTitleOrPerson(Role roleA, String titleA, String personA, Role roleB,
			String titleB, String personB, boolean shared) {
		assertThat(LedgerBuilder.sharesOwner(List.of(new RoleRef(roleA, false, titleA, personA)),
				List.of(new RoleRef(roleB, false, titleB, personB)))).isEqualTo(shared);
	}

}
