package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.criteria.EducationPath;
import java.util.ArrayList;
import java.util.List;

/** How a path's requirement reads, e.g. "本科及以上学历 + 取得助理工程师职称后满4年". */
public final class Requirements {

    private Requirements() {
    }

    public static Message of(EducationPath path) {
        List<Object> parts = new ArrayList<>();
        parts.add(path.education() == cn.zhicheng.core.applicant.Degree.HIGH_SCHOOL
                ? Message.owned("path.req.anyDegree") : Message.owned("path.req.degree", path.education()));
        if (path.priorTitle() != null) {
            parts.add(Message.owned("path.req.title", path.priorTitle(), path.yearsSincePriorTitle()));
        }
        if (path.professionalYears() > 0) {
            parts.add(Message.owned("path.req.work", path.professionalYears()));
        }
        // one key per number of parts, each joining them with " + " (so no renderer has to know these keys)
        return new Message("path.requirement" + parts.size(), parts);
    }
}
