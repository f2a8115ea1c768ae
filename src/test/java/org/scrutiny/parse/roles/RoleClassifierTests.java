package org.scrutiny.parse.roles;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

import static org.assertj.core.api.Assertions.assertThat;

class RoleClassifierTests {

	/** Capacities as the attendance lists write them. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Police and Crime Commissioner (PCC)                         | PCC   | false
			Police and Crime Commissioner (Chair)                       | PCC   | false
			Police, Fire and Crime Commissioner                         | PCC   | false
			PFCC                                                        | PCC   | false
			Deputy Police and Crime Commissioner (DPCC)                 | DPCC  | false
			Deputy Police and Crime Commissioner                        | DPCC  | false
			Chief Constable (CC)                                        | CC    | false
			Chief Constable (CC))                                       | CC    | false
			Acting Chief Constable                                      | CC    | true
			Deputy Chief Constable (DCC)                                | DCC   | false
			Deputy Chief Constable                                      | DCC   | false
			T/Deputy Chief Constable (DCC)                              | DCC   | true
			T/DCC                                                       | DCC   | true
			Assistant Chief Constable (ACC)                             | ACC   | false
			Assistant Chief Constable (ACC) (Item 1 only)               | ACC   | false
			Assistant Chief Constable, Local Policing                   | ACC   | false
			Temporary ACC                                               | ACC   | true
			Chief Executive for the Police and Crime Commissioner (CEx) | CEX   | false
			Chief Executive Officer, OPCC (CEX)                         | CEX   | false
			Chief Executive, OPCC                                       | CEX   | false
			Senior Policy Manager (SPM)                                 | SPM   | false
			Policy Assistant (PO)                                       | PO    | false
			Policy Officer                                              | PO    | false
			Policy Officer, OPCC                                        | PO    | false
			Staff Officer (SO)                                          | SO    | false
			Chief Finance Officer, OPCC                                 | OTHER | false
			Head of Finance                                             | OTHER | false
			Treasurer                                                   | OTHER | false
			Chief Superintendent                                        | OTHER | false
			Temporary Chief Superintendent for Operational Support      | OTHER | true
			""")
	void classifiesATitle(String title, Role role, boolean temporary) {
		RoleRef ref = RoleClassifier.classify(title);
		assertThat(ref.role()).isEqualTo(role);
		assertThat(ref.temporary()).isEqualTo(temporary);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Assistant Chief Constable (ACC) (Item 1 only) | ACC
			Head of Contact Management (item 5 only)      | Head of Contact Management
			Treasurer                                     | Treasurer
			Head of Finance                               | Head of Finance
			""")
	void keepsTheTitleAsWrittenWithoutAttendanceNotes(String title, String code) {
		assertThat(RoleClassifier.classify(title).code()).isEqualTo(code);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			ACC Local Policing     | ACC
			Deputy Chief Executive | OTHER
			""")
	void classifiesTitlesWithAPortfolioOrADeputy(String title, Role role) {
		assertThat(RoleClassifier.classify(title).role()).isEqualTo(role);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Chief Executive            | CEX | false
			the Deputy Chief Constable | DCC | false
			Acting Chief Constable     | CC  | true
			Head of Policy             | SPM | false
			""")
	void readsATextThatIsNothingButATitle(String text, Role role, boolean temporary) {
		assertThat(RoleClassifier.titleOnly(text)).map(RoleRef::role).contains(role);
		assertThat(RoleClassifier.titleOnly(text)).map(RoleRef::temporary).contains(temporary);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			CEx   | CEX
			CEO   | CEX
			PFCC  | PCC
			DPFCC | DPCC
			DCC   | DCC
			""")
	void readsACode(String code, Role role) {
		assertThat(RoleClassifier.codeRole(code)).isEqualTo(role);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Chief Executive Officer, OPCC (CEX)
			Deputy Police and Crime Commissioner (DPCC)
			Treasurer
			Head of Finance
			DCC
			""")
	void seesATitle(String text) {
		assertThat(RoleClassifier.isTitle(text)).isTrue();
	}

	@Nested
	class NotATitle {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				Andy Champness
				Natasha Noorbakhsh
				T O I
				""")
		void seesANameOrNoise(String text) {
			assertThat(RoleClassifier.isTitle(text)).isFalse();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				The ACC to provide an update
				Andy Champness
				Treasurer
				""")
		void readsNoCanonicalTitle(String text) {
			assertThat(RoleClassifier.titleOnly(text)).isEmpty();
		}

		@Test
		void readsNoTitleFromJointOwners() {
			assertThat(RoleClassifier.titleOnly("Chief Constable and the PCC")).isEmpty();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				Supt
				OPCC
				ASAP
				""")
		void readsNoRoleFromOtherCodes(String code) {
			assertThat(RoleClassifier.codeRole(code)).isNull();
		}

	}

}
