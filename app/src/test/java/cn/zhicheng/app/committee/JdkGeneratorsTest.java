package cn.zhicheng.app.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.committee.Applicant;
import cn.zhicheng.core.review.committee.CommitteeSize;
import cn.zhicheng.core.review.committee.Draw;
import cn.zhicheng.core.review.committee.DrawRecord;
import cn.zhicheng.core.review.committee.DrawResult;
import cn.zhicheng.core.review.committee.DrawSeed;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.committee.Session;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JdkGeneratorsTest {

    private static final List<Expert> POOL = IntStream.range(0, 40)
            .mapToObj(i -> Expert.of(String.format("E%02d", i), Level.SENIOR, null, List.of(), "AI")).toList();
    private static final Session SESSION = new Session("S-1", "AI", Level.INTERMEDIATE,
            List.of(Applicant.of("A-1", "220102199001011239", "91220101MA17ABCD56")));

    @Test
    void theSameSeedDrawsTheSameCommitteeOnEveryJvm() {
        DrawResult drawn = Draw.draw(SESSION, POOL, CommitteeSize.minimumFor(Level.INTERMEDIATE),
                DrawSeed.of(20_261_127L), JdkGenerators.INSTANCE);

        // pinned as first drawn: L64X128MixRandom's output is specified, so only a change to the draw itself may move it
        assertEquals(List.of("E00", "E06", "E20", "E32", "E04", "E21", "E19", "E12", "E25", "E28", "E14"),
                drawn.committee());
    }

    @Test
    void aDrawWithAFreshSeedReplaysFromItsExportedRecord() throws Exception {
        DrawSeed seed = JdkGenerators.freshSeed();
        assertEquals(DrawSeed.ALGORITHM, seed.algorithm());
        DrawResult drawn = Draw.draw(SESSION, POOL, CommitteeSize.minimumFor(Level.INTERMEDIATE), seed,
                JdkGenerators.INSTANCE);

        DrawResult exported = DrawRecord.read(new ObjectMapper().readTree(DrawRecord.bytes(drawn)));

        assertTrue(Draw.reproduces(exported, JdkGenerators.INSTANCE));
        assertNotEquals(JdkGenerators.freshSeed(), JdkGenerators.freshSeed());
    }
}
