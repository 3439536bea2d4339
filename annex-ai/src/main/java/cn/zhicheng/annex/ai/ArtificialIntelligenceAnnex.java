package cn.zhicheng.annex.ai;

import cn.zhicheng.core.spi.AnnexProvider;
import java.util.List;

/** 附件1 吉林省新业态人工智能专业技术资格评价基本标准条件. */
public final class ArtificialIntelligenceAnnex implements AnnexProvider {

    @Override
    public List<String> descriptors() {
        return List.of("zhicheng/annex/ai.yaml");
    }
}
