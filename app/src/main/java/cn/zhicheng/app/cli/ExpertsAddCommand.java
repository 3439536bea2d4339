package cn.zhicheng.app.cli;

import cn.zhicheng.app.committee.ExpertsFile;
import cn.zhicheng.app.service.ExpertPool;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.StrictReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Registers experts in the pool from a YAML or JSON file (七(三)); an expert already there has their record replaced. */
@Command(name = "experts-add", description = {"从 YAML/JSON 文件登记评审专家入库（七(三)） / register experts in the pool from a YAML or JSON file (七(三))"})
final class ExpertsAddCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "FILE", description = {"专家文件 / experts file"})
    Path file;

    @Override
    public Integer call() {
        ExpertsFile experts = top.engine().getInstance(StrictReader.class).read(file.toString(),
                ApplicantFiles.bytes(file), ApplicantFiles.syntax(file), ExpertsFile.class);
        return CommitteeAnswers.answer(top, () -> store.with(db -> {
            ExpertPool.Registered r = top.review(db).getInstance(ExpertPool.class)
                    .register(experts.toExperts(), actingAs.actor());
            top.language.lines(Message.of("cli.committee.registered", r.added(), r.replaced(), r.poolSize()))
                    .forEach(top.output::print);
            return 0;
        }));
    }
}
