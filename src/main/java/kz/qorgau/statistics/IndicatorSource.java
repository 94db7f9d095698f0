package kz.qorgau.statistics;

import java.util.List;
import java.util.Map;

/**
 * A family of indicators and how to compute them, as a bean. The statistics engine collects every source,
 * so a module adds its indicators by contributing a source, without touching the engine. A source computes
 * all its codes at once (few queries), and answers a number for every code it declares (zero when there
 * is nothing to count; null where a value is undefined, such as the minimum of no sentences).
 */
public interface IndicatorSource {

    List<Indicator> indicators();

    Map<String, Number> compute(StatisticsQuery query);
}
