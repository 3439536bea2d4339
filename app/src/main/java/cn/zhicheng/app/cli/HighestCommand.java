package cn.zhicheng.app.cli;

import cn.zhicheng.app.view.DecisionView;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.eligibility.Decision;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.HighestLevel;
import cn.zhicheng.core.policy.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
        var criteria = gathered.attempt(() -> query.criteria(top));
        LocalDate date = gathered.attempt(() -> query.date(top));
        ApplicantFile applicant = gathered.attempt(() -> query.applicant(top));
        gathered.check();
        HighestLevel highest = top.engine().getInstance(Evaluator.class).highest(applicant, criteria, date);
        if (query.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("highest", highest.level().map(Enum::name).orElse(null));
            out.put("decisions", highest.decisions().stream().map(d -> DecisionView.of(applicant, d)).toList());
            top.output.print(Json.write(out));
            return 0;
        }
        StringBuilder b = new StringBuilder();
        b.append(top.language.of(criteria.field().name())).append("  ")
                .append(top.language.of(new Text("截至", "as of"))).append(' ').append(date).append('\n');
        for (Decision d : highest.decisions()) {
            b.append(String.format("  %-18s %s", top.language.of(d.title().label()), top.language.of(d.verdict().label())));
            d.earliestEligible().ifPresent(e -> b.append("  → ").append(e));
            b.append('\n');
        }
        b.append(top.language.of(new Text("当前可申报的最高层级", "Highest level open now"))).append(": ")
                .append(highest.level().map(l -> top.language.of(criteria.at(l).title().label()))
                        .orElse(top.language.of(new Text("无", "none")))).append('\n');
        top.output.print(b.toString());
        return 0;
    }
}
