package org.scrutiny;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Scrutiny: turns published police accountability meeting notes into a stored ledger and CSV exports. The run itself
 * is started by {@code org.scrutiny.job.ScrutinyLauncher}; its exit code becomes the process's.
 */
@SpringBootApplication
public class ScrutinyApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(ScrutinyApplication.class, args)));
	}

}
