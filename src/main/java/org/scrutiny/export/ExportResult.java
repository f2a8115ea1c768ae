package org.scrutiny.export;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What an export wrote: the folder and the number of data rows of each file.
 */
public record ExportResult(YearMonth period, Path folder, int meetings, int attendance, int actions, int rejects) {

}
