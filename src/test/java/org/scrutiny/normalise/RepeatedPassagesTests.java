package org.scrutiny.normalise;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedPassagesTests {

	private static final String IMU = "The IMU backlog to form part of the regular DPCC / ACC meeting.";

	@Test
	void dropsALongLineTheSecondTime() {
		RepeatedPassages repeats = new RepeatedPassages();
		assertThat(repeats.isRepeat(IMU)).isFalse();
		assertThat(repeats.isRepeat(IMU)).isTrue();
		assertThat(repeats.isRepeat(IMU)).isTrue();
	}

	@Test
	void comparesWordsNotSpacingOrCase() {
		RepeatedPassages repeats = new RepeatedPassages();
		repeats.isRepeat(IMU);
		assertThat(repeats.isRepeat("  the IMU backlog to form part of   the regular DPCC / ACC meeting. ")).isTrue();
	}

	@Test
	void keepsShortLinesThatRepeatByDesign() {
		RepeatedPassages repeats = new RepeatedPassages();
		for (String line : List.of("Actions arising:", "Update:", "None", "Findings:", "There were no actions arising.")) {
			assertThat(repeats.isRepeat(line)).as(line).isFalse();
			assertThat(repeats.isRepeat(line)).as(line).isFalse();
		}
	}

	@Test
	void keepsDifferentActionsThatShareWords() {
		RepeatedPassages repeats = new RepeatedPassages();
		assertThat(repeats.isRepeat(IMU)).isFalse();
		assertThat(repeats.isRepeat("File quality to form part of the regular DPCC / ACC meeting.")).isFalse();
	}

	@Test
	void seesTheOwnerCellThatMakesARowWorthKeeping() {
		assertThat(RepeatedPassages.hasOwnerCell(List.of("", IMU, "DPCC 2.CEx"))).isTrue();
		assertThat(RepeatedPassages.hasOwnerCell(List.of("", IMU))).isFalse();
	}

}
