package kz.qorgau.statistics;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as a PDF: per chapter, the generated narrative, the page's charts (five-year trend, by form of
 * exploitation, by region; drawn as vector graphics) and the table of figures beside the previous year's. DejaVu Sans is embedded (fonts/, Bitstream Vera licence) so that Russian and Kazakh
 * letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) render on any reader.
 */
@Component
class AnnualReportPdf {

    private final MessageSource messages;
    private final BaseFont regular;
    private final BaseFont bold;

    AnnualReportPdf(MessageSource messages) {
        this.messages = messages;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    /** A table row: name, this year's value, the previous year's. */
    record Row(String name, String value, String previous) {
    }

    /** One chapter: its title, narrative paragraphs, charts (the page's, drawn here as vector graphics) and rows. */
    record Chapter(String title, List<String> narrative, List<ReportCharts.Chart> charts, List<Row> rows) {
    }

    /**
     * Okabe & Ito's colour-blind-safe colours; the series of a trend also differ by marker and line pattern, and bars
     * carry their value, so that no reader needs to tell colours apart.
     */
    static final List<Color> PALETTE = List.of(new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9));
    static final float[][] DASHES = { {}, { 6, 3 }, { 2, 2 }, { 9, 3, 2, 3 }, { 4, 4 } };
    static final float CHART_WIDTH = 499;

    /** The report; {@code smallCounts} where its figures are a region's with small counts hidden (said under the title). */
    byte[] render(int year, String regionName, List<Chapter> chapters, boolean smallCounts, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(messages.getMessage("report.pdf.title", new Object[]{ Integer.toString(year) }, locale));
        document.addCreator("Qorgau");
        document.open();
        Font title = new Font(bold, 16);
        Font heading = new Font(bold, 12);
        Font text = new Font(regular, 10);
        Font small = new Font(regular, 8);
        document.add(new Paragraph(messages.getMessage("report.pdf.title", new Object[]{ Integer.toString(year) },
                locale), title));
        document.add(new Paragraph(regionName, text));
        document.add(new Paragraph(messages.getMessage("report.pdf.note", null, locale), small));
        if (smallCounts) {
            document.add(new Paragraph(messages.getMessage("statistics.small-counts.note", null, locale), small));
        }
        for (Chapter chapter : chapters) {
            Paragraph chapterTitle = new Paragraph(chapter.title(), heading);
            chapterTitle.setSpacingBefore(14);
            chapterTitle.setSpacingAfter(6);
            document.add(chapterTitle);
            for (String paragraph : chapter.narrative()) {
                Paragraph narrative = new Paragraph(paragraph, text);
                narrative.setSpacingAfter(4);
                document.add(narrative);
            }
            for (ReportCharts.Chart chart : chapter.charts()) {
                Paragraph chartTitle = new Paragraph(chart.title(), new Font(bold, 9));
                chartTitle.setSpacingBefore(8);
                document.add(chartTitle);
                PdfTemplate drawing = "line".equals(chart.kind()) ? lineChart(writer, chart) : barChart(writer, chart);
                Image image = Image.getInstance(drawing);
                image.setAlignment(Element.ALIGN_LEFT);
                document.add(image);
            }
            if (chapter.rows().isEmpty()) {
                continue;
            }
            PdfPTable table = new PdfPTable(new float[]{ 6, 1.3f, 1.3f });
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setHeaderRows(1);
            table.addCell(cell(messages.getMessage("statistics.indicator", null, locale), new Font(bold, 9),
                    Element.ALIGN_LEFT));
            table.addCell(cell(Integer.toString(year), new Font(bold, 9), Element.ALIGN_RIGHT));
            table.addCell(cell(Integer.toString(year - 1), new Font(bold, 9), Element.ALIGN_RIGHT));
            for (Row row : chapter.rows()) {
                table.addCell(cell(row.name(), new Font(regular, 8), Element.ALIGN_LEFT));
                table.addCell(cell(row.value(), new Font(regular, 8), Element.ALIGN_RIGHT));
                table.addCell(cell(row.previous(), new Font(regular, 8), Element.ALIGN_RIGHT));
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    /** A trend: one line per series over the years, each with its colour, marker and dash; gaps where hidden. */
    private PdfTemplate lineChart(PdfWriter writer, ReportCharts.Chart chart) {
        float height = 170;
        PdfTemplate canvas = writer.getDirectContent().createTemplate(CHART_WIDTH, height);
        float left = 34;
        float right = CHART_WIDTH - 12;
        float bottom = 48;
        float top = height - 8;
        double max = niceMax(chart.series().stream().flatMap(series -> series.values().stream()));
        axisAndGrid(canvas, left, right, bottom, top, max);
        int points = chart.labels().size();
        float step = points > 1 ? (right - left - 20) / (points - 1) : 0;
        for (int point = 0; point < points; point++) {
            text(canvas, chart.labels().get(point), left + 10 + step * point, bottom - 10, 7, Element.ALIGN_CENTER);
        }
        for (int i = 0; i < chart.series().size(); i++) {
            ReportCharts.Series series = chart.series().get(i);
            Color colour = PALETTE.get(i % PALETTE.size());
            canvas.setColorStroke(colour);
            canvas.setColorFill(colour);
            canvas.setLineWidth(1.5f);
            canvas.setLineDash(DASHES[i % DASHES.length], 0);
            boolean drawing = false;
            for (int point = 0; point < points; point++) {
                Number value = series.values().get(point);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                float x = left + 10 + step * point;
                float y = (float) (bottom + (top - bottom) * value.doubleValue() / max);
                if (drawing) {
                    canvas.lineTo(x, y);
                } else {
                    canvas.moveTo(x, y);
                    drawing = true;
                }
            }
            canvas.stroke();
            canvas.setLineDash(new float[0], 0);
            for (int point = 0; point < points; point++) {
                Number value = series.values().get(point);
                if (value != null) {
                    marker(canvas, i, left + 10 + step * point,
                            (float) (bottom + (top - bottom) * value.doubleValue() / max));
                }
            }
            // the legend: the series' line, marker and name, one per row under the chart
            float legendY = bottom - 22 - 9 * i;
            canvas.setLineWidth(1.5f);
            canvas.setLineDash(DASHES[i % DASHES.length], 0);
            canvas.moveTo(left, legendY + 2);
            canvas.lineTo(left + 24, legendY + 2);
            canvas.stroke();
            canvas.setLineDash(new float[0], 0);
            marker(canvas, i, left + 12, legendY + 2);
            canvas.setColorFill(Color.BLACK);
            text(canvas, series.name(), left + 30, legendY, 7, Element.ALIGN_LEFT);
        }
        return canvas;
    }

    /** Horizontal bars, one per label, each with its value written at its end (or its mark where hidden). */
    private PdfTemplate barChart(PdfWriter writer, ReportCharts.Chart chart) {
        ReportCharts.Series series = chart.series().getFirst();
        float bar = 11;
        float gap = 4;
        float height = chart.labels().size() * (bar + gap) + 24;
        PdfTemplate canvas = writer.getDirectContent().createTemplate(CHART_WIDTH, height);
        float labels = 190;
        float right = CHART_WIDTH - 40;
        float top = height - 4;
        double max = niceMax(series.values().stream());
        axisAndGrid(canvas, labels, right, -1, -1, max);
        for (int point = 0; point < chart.labels().size(); point++) {
            float y = top - (point + 1) * (bar + gap);
            canvas.setColorFill(Color.BLACK);
            text(canvas, fitted(chart.labels().get(point), labels - 8, 7), labels - 6, y + 3, 7, Element.ALIGN_RIGHT);
            Number value = series.values().get(point);
            Object shown = series.shown(point);
            float length = value == null ? 0 : (float) ((right - labels) * value.doubleValue() / max);
            if (length > 0) {
                canvas.setColorFill(PALETTE.getFirst());
                canvas.rectangle(labels, y, length, bar);
                canvas.fill();
            }
            canvas.setColorFill(Color.BLACK);
            text(canvas, shown == null ? "—" : shown.toString(), labels + length + 3, y + 3, 7, Element.ALIGN_LEFT);
        }
        // the axis under the bars, with its scale
        float axis = top - chart.labels().size() * (bar + gap) - 6;
        canvas.setColorStroke(Color.GRAY);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(labels, axis);
        canvas.lineTo(right, axis);
        canvas.stroke();
        for (int tick = 0; tick <= 4; tick++) {
            float x = labels + (right - labels) * tick / 4;
            canvas.setColorFill(Color.DARK_GRAY);
            text(canvas, format(max * tick / 4), x, axis - 9, 6, Element.ALIGN_CENTER);
        }
        return canvas;
    }

    /** The value axis of a line chart with four grid lines (none for bars, where {@code bottom} is negative). */
    private void axisAndGrid(PdfTemplate canvas, float left, float right, float bottom, float top, double max) {
        if (bottom < 0) {
            return;
        }
        canvas.setLineWidth(0.5f);
        for (int tick = 0; tick <= 4; tick++) {
            float y = bottom + (top - bottom) * tick / 4;
            canvas.setColorStroke(tick == 0 ? Color.GRAY : new Color(0xDD, 0xDD, 0xDD));
            canvas.moveTo(left, y);
            canvas.lineTo(right, y);
            canvas.stroke();
            canvas.setColorFill(Color.DARK_GRAY);
            text(canvas, format(max * tick / 4), left - 4, y - 2, 6, Element.ALIGN_RIGHT);
        }
    }

    /** The marker of the i-th series: circle, square, triangle, diamond, then again. */
    private static void marker(PdfTemplate canvas, int series, float x, float y) {
        float r = 2.6f;
        switch (series % 4) {
            case 0 -> canvas.circle(x, y, r);
            case 1 -> canvas.rectangle(x - r, y - r, 2 * r, 2 * r);
            case 2 -> {
                canvas.moveTo(x - r - 0.4f, y - r);
                canvas.lineTo(x + r + 0.4f, y - r);
                canvas.lineTo(x, y + r + 0.4f);
                canvas.closePath();
            }
            default -> {
                canvas.moveTo(x, y - r - 0.6f);
                canvas.lineTo(x + r + 0.6f, y);
                canvas.lineTo(x, y + r + 0.6f);
                canvas.lineTo(x - r - 0.6f, y);
                canvas.closePath();
            }
        }
        canvas.fill();
    }

    private void text(PdfTemplate canvas, String text, float x, float y, float size, int alignment) {
        canvas.beginText();
        canvas.setFontAndSize(regular, size);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }

    /** The label cut to the width, with an ellipsis, where it would run into the bars. */
    private String fitted(String label, float width, float size) {
        if (regular.getWidthPoint(label, size) <= width) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && regular.getWidthPoint(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    /** The top of the scale: the largest value rounded up to 1, 2 or 5 times a power of ten (1 when all are 0). */
    static double niceMax(Stream<Number> values) {
        double max = values.filter(Objects::nonNull).mapToDouble(Number::doubleValue).max().orElse(0);
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double factor : new double[]{ 1, 2, 2.5, 5, 10 }) {
            if (factor * power >= max) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static PdfPCell cell(String content, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = AnnualReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
