package cn.zhicheng.annex.socialservice;

import cn.zhicheng.core.spi.AnnexProvider;
import java.util.List;

/** 附件13 吉林省新业态社会服务专业技术资格评价基本标准条件. */
public final class SocialServiceAnnex implements AnnexProvider {

    @Override
    public List<String> descriptors() {
        return List.of("zhicheng/annex/social-service.yaml");
    }
}
