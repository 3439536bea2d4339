package cn.zhicheng.annex.example;

import cn.zhicheng.core.spi.AnnexProvider;
import java.util.List;

/** 附件14 数字孪生 / Digital twin: the annex's descriptors, one per dated version. */
public final class DigitalTwinAnnex implements AnnexProvider {

    @Override
    public List<String> descriptors() {
        return List.of("zhicheng/annex/digital-twin.yaml", "zhicheng/annex/digital-twin-2027.yaml");
    }
}
