package cn.zhicheng.annex.socialservice;

import cn.zhicheng.core.conformance.AnnexBehavior;
import cn.zhicheng.core.conformance.AnnexConformanceTest;
import cn.zhicheng.core.spi.AnnexProvider;

class SocialServiceAnnexConformanceTest extends AnnexConformanceTest {

    @Override
    protected AnnexProvider provider() {
        return new SocialServiceAnnex();
    }

    @Override
    protected boolean hasBehavior(AnnexBehavior behavior) {
        return switch (behavior) {
            case DIRECT_INTERMEDIATE -> true;   // 五(二)2 for 中级社会服务师 too (决定 D-1)
            case QUANTIFIED_RECORDS -> true;    // service hours (决定 D-11)
            case OCCUPATIONS -> true;           // the occupations of 一(二)
        };
    }
}
