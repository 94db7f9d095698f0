package kz.qorgau.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as a PDF: per chapter, the generated narrative and the table of figures beside the
 * previous year's. DejaVu Sans is embedded (fonts/, Bitstream Vera licence) so that Russian and Kazakh
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

    /** One chapter: its title, narrative paragraphs and rows. */
    record Chapter(String title, List<String> narrative, List<Row> rows) {
    }

    /** The report; {@code smallCounts} where its figures are a region's with small counts hidden (said under the title). */
    byte[] render(int year, String regionName, List<Chapter> chapters, boolean smallCounts, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
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
