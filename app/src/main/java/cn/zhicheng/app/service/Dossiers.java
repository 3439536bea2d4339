package cn.zhicheng.app.service;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.core.policy.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jdbi.v3.core.Handle;

/** The holder's name and ID number, read from the dossier as submitted (its canonical JSON). */
final class Dossiers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Applications applications = new Applications();

    /** The applicant as the dossier names them. */
    record Person(String name, String idNumber) {
    }

    Person person(Handle h, String applicationId) {
        String json = applications.dossier(h, applicationId).orElseThrow(() -> NotFound.application(applicationId));
        try {
            JsonNode identity = MAPPER.readTree(json).path("identity");
            if (!identity.path("name").isTextual() || !identity.path("idNumber").isTextual()) {
                throw damaged(applicationId);
            }
            return new Person(identity.get("name").textValue(), identity.get("idNumber").textValue());
        } catch (IOException e) {
            throw damaged(applicationId);
        }
    }

    private static NotFound damaged(String applicationId) {
        return new NotFound(new Text("申报" + applicationId + "的申报材料中没有申报人的姓名和身份证号",
                "the dossier of application " + applicationId + " names no applicant and ID number"));
    }
}
