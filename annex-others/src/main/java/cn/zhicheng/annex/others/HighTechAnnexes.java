package cn.zhicheng.annex.others;

import cn.zhicheng.core.spi.AnnexProvider;
import java.util.List;

/**
 * 附件4–11: the high-tech fields that have no module of their own — cloud computing, digital management, smart
 * manufacturing, industrial internet, virtual reality, integrated circuits, blockchain and technology brokerage.
 * Each annex is its own document, so each has its own descriptor (and its own version and hash).
 */
public final class HighTechAnnexes implements AnnexProvider {

    @Override
    public List<String> descriptors() {
        return List.of(
                "zhicheng/annex/cloud.yaml",
                "zhicheng/annex/digital-management.yaml",
                "zhicheng/annex/smart-manufacturing.yaml",
                "zhicheng/annex/industrial-internet.yaml",
                "zhicheng/annex/virtual-reality.yaml",
                "zhicheng/annex/integrated-circuit.yaml",
                "zhicheng/annex/blockchain.yaml",
                "zhicheng/annex/technology-brokerage.yaml");
    }
}
