package cn.zhicheng.annex.marketing;

import cn.zhicheng.core.conformance.AnnexBehavior;
import cn.zhicheng.core.conformance.AnnexConformanceTest;
import cn.zhicheng.core.spi.AnnexProvider;

class MarketingAnnexConformanceTest extends AnnexConformanceTest {

    @Override
    protected AnnexProvider provider() {
        return new MarketingAnnex();
    }

    @Override
    protected boolean hasBehavior(AnnexBehavior behavior) {
        return switch (behavior) {
            case DIRECT_INTERMEDIATE -> true;   // 五(二)2 for 中级营销师 too (决定 D-1)
            case QUANTIFIED_RECORDS -> true;    // sales amounts and fan counts (五(二)3, 决定 D-17)
            case OCCUPATIONS -> false;
        };
    }
}
