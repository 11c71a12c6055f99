package org.caytre.brief;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The brief's charts, drawn on the server with JFreeChart: the same drawing as SVG (JFreeSVG) and as PNG at twice the
 * size, in DejaVu Sans (Debian's fonts-dejavu-core), which has every Vietnamese letter.
 */
final class Charts {
    static final int WIDTH = 640, HEIGHT = 340;
    private static final String FONT = "DejaVu Sans";
    private static final Color[] PALETTE = {new Color(0x2f6f4f), new Color(0xd08c2e), new Color(0x3d6fb6), new Color(0xb5443a),
            new Color(0x7a5ea8), new Color(0x5b9e9a), new Color(0x8c8c3a), new Color(0xa0667a), new Color(0x666666), new Color(0x4c8c2b)};

    static { if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true"); }

    private Charts() {}

    /**
     * A stacked bar per year: {@code counts} maps a year to the count per series (in the order given); {@code file} the
     * SVG's name, {@code axisX}/{@code axisY} the axis labels.
     */
    static Chart stackedBars(String file, String caption, String axisX, String axisY, SortedMap<String, Map<String, Number>> counts, boolean integers) {
        JFreeChart chart = ChartFactory.createStackedBarChart(null, axisX, axisY, dataset(counts), PlotOrientation.VERTICAL, true, false, false);
        return drawn(file, caption, chart, integers);
    }

    /** Bars side by side per column: {@code values} maps a column (a period) to the value per series. */
    static Chart groupedBars(String file, String caption, String axisX, String axisY, SortedMap<String, Map<String, Number>> values) {
        JFreeChart chart = ChartFactory.createBarChart(null, axisX, axisY, dataset(values), PlotOrientation.VERTICAL, true, false, false);
        return drawn(file, caption, chart, false);
    }

    private static DefaultCategoryDataset dataset(SortedMap<String, Map<String, Number>> columns) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, Map<String, Number>> column : columns.entrySet())
            for (Map.Entry<String, Number> series : column.getValue().entrySet()) data.addValue(series.getValue(), series.getKey(), column.getKey());
        return data;
    }

    private static Chart drawn(String file, String caption, JFreeChart chart, boolean integers) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xcccccc));
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        for (int i = 0; i < PALETTE.length; i++) bars.setSeriesPaint(i, PALETTE[i]);
        bars.setMaximumBarWidth(0.12);
        if (integers) ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setDefsKeyPrefix(file.replaceAll("\\W", "_") + "_");   // ids from the file name, not the clock: the same brief, the same SVG
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        try {
            BufferedImage image = chart.createBufferedImage(WIDTH * 2, HEIGHT * 2, WIDTH, HEIGHT, null);
            return new Chart(file, caption, svg.getSVGDocument().getBytes(StandardCharsets.UTF_8), ChartUtils.encodeAsPNG(image), WIDTH * 2, HEIGHT * 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
