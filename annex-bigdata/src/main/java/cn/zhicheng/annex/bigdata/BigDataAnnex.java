package cn.zhicheng.annex.bigdata;

import cn.zhicheng.core.spi.AnnexProvider;
import java.util.List;

/** 附件3 吉林省新业态大数据专业技术资格评价基本标准条件. */
public final class BigDataAnnex implements AnnexProvider {

    @Override
    public List<String> descriptors() {
        return List.of("zhicheng/annex/bigdata.yaml");
    }
}
