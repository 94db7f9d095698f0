package kz.qorgau.victims;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One value of a multi-select HTCDS field of a victim record (kind: the enum's simple name, code: the
 * constant), such as {@code ControlMethod / DEBT_BONDAGE}.
 */
@Table("victims_trait")
record VictimTrait(String kind, String code) {

    static VictimTrait of(Enum<?> value) {
        return new VictimTrait(value.getDeclaringClass().getSimpleName(), value.name());
    }
}
