package org.scrutiny.store;

import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.util.Assert;

/**
 * Readers and writers of the staging columns of {@code source_document} (the process indicator pattern): a reader
 * pages through the files in a stage's {@code from} state in name order; the writer stores the result and moves the
 * file on. Readers keep no restart state: on a restart the files already moved on are simply no longer selected.
 */
public final class Staging {

	private Staging() {
	}

	public static JdbcPagingItemReader<StagedText> reader(DataSource dataSource, Stage stage, int pageSize)
			throws Exception {
		return new JdbcPagingItemReaderBuilder<StagedText>().name(stage.name().toLowerCase(Locale.ROOT) + "Reader")
			.dataSource(dataSource)
			.selectClause("select source_file, " + stage.readColumn + " as staged_text")
			.fromClause("from source_document")
			.whereClause("where state = :state")
			.parameterValues(Map.of("state", stage.from.name()))
			.sortKeys(Map.of("source_file", Order.ASCENDING))
			.rowMapper((rs, row) -> new StagedText(rs.getString("source_file"), rs.getString("staged_text")))
			.pageSize(pageSize)
			.saveState(false)
			.build();
	}

	public static JdbcBatchItemWriter<StagedText> writer(DataSource dataSource, Stage stage) {
		Assert.notNull(stage.writeColumn, () -> stage + " has its own writer");
		return new JdbcBatchItemWriterBuilder<StagedText>().dataSource(dataSource)
			.sql("update source_document set " + stage.moveOn() + " where source_file = ? and state = ?")
			.itemPreparedStatementSetter((item, ps) -> {
				ps.setString(1, item.text());
				ps.setString(2, stage.to.name());
				ps.setString(3, item.sourceFile());
				ps.setString(4, stage.from.name());
			})
			.assertUpdates(true)
			.build();
	}

}
