package cn.zhicheng.annex.iot;

import cn.zhicheng.core.conformance.AnnexConformanceTest;
import cn.zhicheng.core.spi.AnnexProvider;

class InternetOfThingsAnnexConformanceTest extends AnnexConformanceTest {

    @Override
    protected AnnexProvider provider() {
        return new InternetOfThingsAnnex();
    }
}
