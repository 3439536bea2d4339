package cn.zhicheng.annex.marketing;

import cn.zhicheng.core.spi.AnnexProvider;
import java.util.List;

/** 附件12 吉林省新业态营销专业技术资格评价基本标准条件 (网络营销、直播带货). */
public final class MarketingAnnex implements AnnexProvider {

    @Override
    public List<String> descriptors() {
        return List.of("zhicheng/annex/marketing.yaml");
    }
}
