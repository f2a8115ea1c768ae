package org.scrutiny;

import org.scrutiny.job.FontCopies;
import org.scrutiny.job.ScrutinyCommand;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Scrutiny: turns published police accountability meeting notes into a stored ledger and CSV exports. The run itself
 * is started by {@code org.scrutiny.job.ScrutinyLauncher}; {@link ScrutinyCommand} makes its verdict the process's exit
 * code, or keeps the process up in schedule mode.
 */
@SpringBootApplication
public class ScrutinyApplication {

	public static void main(String[] args) {
		// the font copies of earlier runs that were killed while they drew their reports
		FontCopies.removeLeftBehind(FontCopies.temporaryFolder());
		int exitCode = ScrutinyCommand.run(ScrutinyApplication.class, System.out, args);
		if (exitCode != ScrutinyCommand.STAY_UP) {
			System.exit(exitCode);
		}
	}

}
