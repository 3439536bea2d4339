package cn.zhicheng.annex.example;

import cn.zhicheng.core.conformance.AnnexBehavior;
import cn.zhicheng.core.conformance.AnnexConformanceTest;
import cn.zhicheng.core.spi.AnnexProvider;

/** The conformance kit over annex-digital-twin; its cases are in src/test/resources/cases/annex-digital-twin.yaml. */
class DigitalTwinAnnexConformanceTest extends AnnexConformanceTest {

    @Override
    protected AnnexProvider provider() {
        return new DigitalTwinAnnex();
    }

    /** What this annex does of the optional behaviours; the kit checks each claim both ways. */
    @Override
    protected boolean hasBehavior(AnnexBehavior behavior) {
        return switch (behavior) {
            case DIRECT_INTERMEDIATE -> true;   // 五(二)2 stays on for the field (决定 D-1)
            case QUANTIFIED_RECORDS -> false;   // no sales, fan or service-hour thresholds
            case OCCUPATIONS -> false;          // not a social-service field
        };
    }
}
