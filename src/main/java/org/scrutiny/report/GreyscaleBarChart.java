package org.scrutiny.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.Locale;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Makes the per-role bar chart readable in greyscale and without colour: four distinct grey shades (black to light
 * grey, each bar outlined), every bar labelled with its value (an empty one with none), flat bars and a white
 * background.
 */
public class GreyscaleBarChart implements JRChartCustomizer {

	/** Raised, closed, open, overdue: far enough apart in lightness to tell apart when printed in grey. */
	private static final Paint[] SHADES = { new Color(0x1A1A1A), new Color(0x737373), new Color(0xB3B3B3),
			new Color(0xFFFFFF) };

	private static final float LABEL_SIZE = 7.5f;

	/** Share of the chart's width the role titles may take. */
	private static final float LABEL_WIDTH = 0.35f;

	/**
	 * Each bar's value beside it, but none for a bar of nothing: a "0" has no bar to stand by, and the zeros of a role's
	 * four series stacked on one another at the axis (the table above the chart, and its alternative text, give every
	 * figure).
	 */
	static final class NonZeroLabels extends StandardCategoryItemLabelGenerator {

		private static final long serialVersionUID = 1L;

		NonZeroLabels() {
			super("{2}", NumberFormat.getIntegerInstance(Locale.UK));
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			Number value = dataset.getValue(row, column);
			return value == null || value.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
		}

	}

	@Override
	public void customize(JFreeChart chart, JRChart jasperChart) {
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xBFBFBF));
		plot.setOutlineVisible(false);
		if (!(plot.getRenderer() instanceof BarRenderer bars)) {
			return;
		}
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(true);
		bars.setItemMargin(0.05);
		for (int series = 0; series < SHADES.length; series++) {
			bars.setSeriesPaint(series, SHADES[series]);
			bars.setSeriesOutlinePaint(series, Color.BLACK);
			bars.setSeriesOutlineStroke(series, new BasicStroke(0.6f));
		}
		Font base = plot.getDomainAxis().getTickLabelFont();
		bars.setDefaultItemLabelGenerator(new NonZeroLabels());
		bars.setDefaultItemLabelFont(base.deriveFont(LABEL_SIZE));
		bars.setDefaultItemLabelPaint(Color.BLACK);
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		plot.getRangeAxis().setUpperMargin(0.12);
		plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		// room for a whole role title ("Deputy Police and Crime Commissioner") beside its bars, never "Deputy Po..."
		plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(LABEL_WIDTH);
	}

}
