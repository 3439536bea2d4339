package cn.zhicheng.annex.others;

import cn.zhicheng.core.conformance.AnnexConformanceTest;
import cn.zhicheng.core.spi.AnnexProvider;

class HighTechAnnexesConformanceTest extends AnnexConformanceTest {

    @Override
    protected AnnexProvider provider() {
        return new HighTechAnnexes();
    }
}
