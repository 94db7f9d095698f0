package kz.qorgau.exchange;

/**
 * Where the schemas of the exchange format are on the class path: the build copies them there from
 * {@code docs/exchange/}, their only copy.
 */
final class ExchangeSchemas {

    private ExchangeSchemas() {
    }

    static String path(String version) {
        return "exchange/qorgau-exchange-v" + version + ".schema.json";
    }
}
