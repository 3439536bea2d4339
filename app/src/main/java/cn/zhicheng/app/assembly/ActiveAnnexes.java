package cn.zhicheng.app.assembly;

import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.spi.Annexes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the annexes a deployment says are active; naming one that is not installed is refused. */
final class ActiveAnnexes {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveAnnexes.class);

    private ActiveAnnexes() {
    }

    static Annexes select(Annexes all, Set<String> active) {
        if (active.isEmpty()) {
            all.ruleSets().forEach(r -> LOG.info("annex {} {} from {} loaded", r.annexId(), r.version(), from(all, r)));
            return all;
        }
        Set<String> installed = new TreeSet<>(all.ruleSets().stream().map(RuleSet::annexId).toList());
        List<InputProblem> unknown = active.stream().filter(id -> !installed.contains(id)).sorted()
                .map(id -> new InputProblem("--annexes", id, 0, new Text(
                        "未安装附件“" + id + "”，已安装：" + installed,
                        "annex '" + id + "' is not installed; installed: " + installed)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InputRejected(unknown);
        }
        all.ruleSets().forEach(r -> LOG.info(active.contains(r.annexId()) ? "annex {} {} from {} loaded"
                : "annex {} {} from {} skipped: not named in --annexes", r.annexId(), r.version(), from(all, r)));
        return all.only(active);
    }

    private static String from(Annexes all, RuleSet r) {
        return all.origin(r).orElse("?");
    }
}
