package org.fazhi.registry.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/** Units of ratios: their quantities are described, never summed (100% and 98% do not make 198%). */
final class MetricUnits {

    private static final int MEAN_SCALE = 4;
    private static final Set<String> RATIOS = Set.of("%", "‰", "个百分点", "倍", "成");

    private MetricUnits() {
    }

    static boolean isRatio(String unit) {
        return RATIOS.contains(unit);
    }

    /** An average as SQL returns it (a double or a decimal), to four decimal places. */
    static BigDecimal mean(Object average) {
        BigDecimal mean = average instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) average).doubleValue());
        return mean.setScale(MEAN_SCALE, RoundingMode.HALF_UP);
    }
}
