package cn.zhicheng.annex.ai;

import cn.zhicheng.core.conformance.AnnexConformanceTest;
import cn.zhicheng.core.spi.AnnexProvider;

class ArtificialIntelligenceAnnexConformanceTest extends AnnexConformanceTest {

    @Override
    protected AnnexProvider provider() {
        return new ArtificialIntelligenceAnnex();
    }
}
