package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.DecisionJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Text;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "highest", description = {"申报人在某领域当前可申报的最高层级 / the highest level an applicant may apply for now"})
final class HighestCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    ApplicantQuery query;

    @Override
    public Integer call() throws Exception {
        // every wrong argument and every problem of the file, reported together
        Gathered gathered = new Gathered();
        String field = gathered.attempt(() -> query.fieldCode(top));
        LocalDate date = gathered.attempt(() -> query.date(top));
        LocalDate cutOff = gathered.attempt(() -> query.cutOff(date));
        ApplicantFile applicant = gathered.attempt(() -> query.applicant(top));
        gathered.check();
        var criteria = ApplicantQuery.criteria(top, field, date);
        List<DecisionRecord> decisions = top.engine().getInstance(Decisions.class)
                .atEveryLevel(applicant, criteria, date, cutOff);
        Optional<Level> highest = decisions.stream().filter(DecisionRecord::eligible).map(DecisionRecord::level)
                .max(Comparator.naturalOrder());
        if (query.json) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            highest.ifPresent(l -> out.put("highest", l.name()));
            ArrayNode all = out.putArray("decisions");
            decisions.forEach(d -> all.add(DecisionJson.tree(d)));
            top.output.print(new String(CanonicalJson.bytes(out), StandardCharsets.UTF_8));
            return 0;
        }
        StringBuilder b = new StringBuilder();
        b.append(top.language.of(criteria.field().name())).append("  ")
                .append(top.language.of(new Text("截至", "as of"))).append(' ').append(date).append('\n');
        for (DecisionRecord d : decisions) {
            b.append(String.format("  %-18s %s", top.language.of(d.title().label()), top.language.of(d.verdict().label())));
            d.earliestEligible().ifPresent(e -> b.append("  → ").append(e));
            b.append('\n');
        }
        b.append(top.language.of(new Text("当前可申报的最高层级", "Highest level open now"))).append(": ")
                .append(highest.map(l -> top.language.of(criteria.at(l).title().label()))
                        .orElse(top.language.of(new Text("无", "none")))).append('\n');
        top.output.print(b.toString());
        return 0;
    }
}
