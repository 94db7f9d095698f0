package kz.qorgau.shelters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Spreadsheets;
import kz.qorgau.shared.Today;
import tools.jackson.databind.json.JsonMapper;

/**
 * The funding model report ({@code /shelters/funding?year=}) for the overseers of the shelters: the shelters' money
 * beside what the cases, the victims served and the bed-nights would have given them, the regions' victims against
 * their beds on a schematic map, and the same as CSV or XLSX.
 */
@Controller
@RequestMapping("/shelters/funding")
class FundingController {

    /** The first year in the list of years (any plausible year can be asked for by its address). */
    static final int FIRST_LISTED = 2015;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The schematic map: each region a tile at its column and row, roughly where it lies (north up, west left).
     * Not a survey: the table beside it carries the figures.
     */
    static final Map<String, int[]> TILES = tiles();

    private final FundingReports reports;
    private final Regions regions;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Today today;

    FundingController(FundingReports reports, Regions regions, MessageSource messages, AuditTrail audit,
            Today today) {
        this.reports = reports;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
        this.today = today;
    }

    @GetMapping
    @Requires(Permission.SHELTERS_OVERSEE)
    String page(@RequestParam(required = false) @PlausibleYear Integer year, Model model, Locale locale) {
        int chosen = year(year);
        FundingModel report = reports.report(chosen);
        model.addAttribute("report", report);
        model.addAttribute("year", chosen);
        List<Integer> years = new ArrayList<>();
        for (int y = today.date().getYear(); y >= FIRST_LISTED; y--) {
            years.add(y);
        }
        model.addAttribute("years", years);
        model.addAttribute("chart", chart(report, locale));
        model.addAttribute("tiles", tiles(report, locale));
        return "shelters/funding";
    }

    /** The year asked for, or the last year that is over. */
    private int year(Integer asked) {
        return asked != null ? asked : today.date().getYear() - 1;
    }

    /** The report's tables as CSV or XLSX. */
    @GetMapping("/download")
    @Requires(Permission.SHELTERS_OVERSEE)
    ResponseEntity<byte[]> download(@RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(defaultValue = "csv") String format, Locale locale) {
        int chosen = year(year);
        boolean xlsx = "xlsx".equals(format);
        FundingModel report = reports.report(chosen);
        Spreadsheets.Table[] tables = { shelterTable(report, locale), regionTable(report, locale) };
        byte[] content = xlsx ? Spreadsheets.xlsx(tables) : Spreadsheets.csv(tables);
        audit.record(AuditEvent.of("SHELTER_FUNDING_EXPORTED", "statistics", chosen).with("year", chosen).with("format",
                xlsx ? "XLSX" : "CSV"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(xlsx
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("qorgau-shelter-funding-" + chosen + (xlsx ? ".xlsx" : ".csv")).build().toString())
                .body(content);
    }

    private Spreadsheets.Table shelterTable(FundingModel report, Locale locale) {
        List<String> header = List.of(m("shelter.region", locale), m("funding.reference", locale), m("shelter.name",
                locale), m("funding.beds", locale), m("funding.victims-served", locale), m("funding.bed-nights",
                        locale), m("funding.state", locale), m("funding.other", locale), m("funding.per-victim",
                                locale), m("funding.per-bed-night", locale), m("funding.by-cases", locale), m(
                                        "funding.by-victims", locale), m("funding.by-bed-nights", locale), m(
                                                "funding.shortfall", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (FundingModel.ShelterLine line : report.shelters()) {
            FundingModel.ShelterFigures f = line.figures();
            rows.add(cells(regions.name(f.region(), locale), f.reference(), f.name(), f.beds(), f.victimsServed(), f
                    .bedNights(), f.stateKzt(), f.otherKzt(), line.perVictimServed(), line.perBedNight(), line
                            .byCases(), line.byVictims(), line.byBedNights(), line.shortfall()));
        }
        FundingModel.ShelterLine total = report.total();
        FundingModel.ShelterFigures t = total.figures();
        rows.add(cells(m("funding.total", locale), null, null, t.beds(), t.victimsServed(), t.bedNights(), t
                .stateKzt(), t.otherKzt(), total.perVictimServed(), total.perBedNight(), total.byCases(), total
                        .byVictims(), total.byBedNights(), null));
        return new Spreadsheets.Table(m("funding.sheet.shelters", locale) + " " + report.year(), header, rows);
    }

    private Spreadsheets.Table regionTable(FundingModel report, Locale locale) {
        List<String> header = List.of(m("shelter.region", locale), m("funding.cases", locale), m(
                "funding.victims-identified", locale), m("funding.shelters", locale), m("funding.beds", locale), m(
                        "funding.victims-per-bed", locale), m("funding.victims-served", locale), m("funding.state",
                                locale), m("funding.by-cases", locale), m("funding.by-victims", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (FundingModel.RegionLine line : report.regions()) {
            rows.add(cells(regions.name(line.region(), locale), line.casesRegistered(), line.victimsIdentified(), line
                    .shelters(), line.beds(), line.victimsPerBed(), line.victimsServed(), line.stateKzt(), line
                            .byCases(), line.byVictims()));
        }
        rows.add(cells(m("funding.region-unknown", locale), report.casesRegionUnknown(), report
                .victimsRegionUnknown(), null, null, null, null, null, null, null));
        return new Spreadsheets.Table(m("funding.sheet.regions", locale) + " " + report.year(), header, rows);
    }

    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value instanceof Double d ? Math.round(d * 100) / 100.0 : value);
        }
        return cells;
    }

    /** The bars of the shelters: the money given and the parts by cases and by victims served. */
    private String chart(FundingModel report, Locale locale) {
        List<String> labels = report.shelters().stream().map(line -> line.figures().name()).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", "bar");
        data.put("horizontal", true);
        data.put("labels", labels);
        data.put("series", List.of(series(m("funding.state", locale), report, FundingModel.ShelterLine::given),
                series(m("funding.by-cases", locale), report, FundingModel.ShelterLine::byCases), series(m(
                        "funding.by-victims", locale), report, FundingModel.ShelterLine::byVictims)));
        return JSON.writeValueAsString(data);
    }

    private static Map<String, Object> series(String name, FundingModel report,
            Function<FundingModel.ShelterLine, Long> value) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("values", report.shelters().stream().map(value).toList());
        return series;
    }

    /** A tile of the map: the region, where it lies, its victims per bed and the class of its colour. */
    record Tile(RegionCode region, String name, int x, int y, long victims, int beds, String shade) {

        public String label() {
            return region.value().substring(3);
        }
    }

    private List<Tile> tiles(FundingModel report, Locale locale) {
        List<Tile> tiles = new ArrayList<>();
        for (FundingModel.RegionLine line : report.regions()) {
            int[] at = TILES.get(line.region().value());
            if (at != null) {
                tiles.add(new Tile(line.region(), regions.name(line.region(), locale), at[0], at[1], line
                        .victimsIdentified(), line.beds(), shade(line)));
            }
        }
        return tiles;
    }

    /** The colour class of a region by its victims identified per bed: none, up to 0.5, 1, 2, more, or no bed. */
    static String shade(FundingModel.RegionLine line) {
        if (line.victimsIdentified() == 0) {
            return "funding-map-none";
        }
        Double perBed = line.victimsPerBed();
        if (perBed == null) {
            return "funding-map-no-bed";
        }
        return perBed <= 0.5 ? "funding-map-1" : perBed <= 1 ? "funding-map-2" : perBed <= 2 ? "funding-map-3"
                : "funding-map-4";
    }

    private static Map<String, int[]> tiles() {
        Map<String, int[]> tiles = new LinkedHashMap<>();
        tiles.put("KZ-39", new int[]{ 2, 0 });
        tiles.put("KZ-59", new int[]{ 3, 0 });
        tiles.put("KZ-55", new int[]{ 4, 0 });
        tiles.put("KZ-27", new int[]{ 0, 1 });
        tiles.put("KZ-15", new int[]{ 1, 1 });
        tiles.put("KZ-11", new int[]{ 2, 1 });
        tiles.put("KZ-71", new int[]{ 3, 1 });
        tiles.put("KZ-10", new int[]{ 4, 1 });
        tiles.put("KZ-63", new int[]{ 5, 1 });
        tiles.put("KZ-23", new int[]{ 0, 2 });
        tiles.put("KZ-43", new int[]{ 1, 2 });
        tiles.put("KZ-62", new int[]{ 2, 2 });
        tiles.put("KZ-35", new int[]{ 3, 2 });
        tiles.put("KZ-33", new int[]{ 4, 2 });
        tiles.put("KZ-47", new int[]{ 0, 3 });
        tiles.put("KZ-61", new int[]{ 1, 3 });
        tiles.put("KZ-79", new int[]{ 2, 3 });
        tiles.put("KZ-31", new int[]{ 3, 3 });
        tiles.put("KZ-19", new int[]{ 4, 3 });
        tiles.put("KZ-75", new int[]{ 5, 3 });
        return Map.copyOf(tiles);
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
