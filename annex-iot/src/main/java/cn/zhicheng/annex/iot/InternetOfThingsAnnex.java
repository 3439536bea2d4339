package cn.zhicheng.annex.iot;

import cn.zhicheng.core.spi.AnnexProvider;
import java.util.List;

/** 附件2 吉林省新业态物联网专业技术资格评价基本标准条件. */
public final class InternetOfThingsAnnex implements AnnexProvider {

    @Override
    public List<String> descriptors() {
        return List.of("zhicheng/annex/iot.yaml");
    }
}
