package cn.zhicheng.annex.bigdata;

import cn.zhicheng.core.conformance.AnnexConformanceTest;
import cn.zhicheng.core.spi.AnnexProvider;

class BigDataAnnexConformanceTest extends AnnexConformanceTest {

    @Override
    protected AnnexProvider provider() {
        return new BigDataAnnex();
    }
}
