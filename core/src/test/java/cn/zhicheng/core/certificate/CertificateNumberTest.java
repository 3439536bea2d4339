package cn.zhicheng.core.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateNumberTest {

    @Test
    void aNumberNamesTheYearSeriesLevelAndSerial() {
        CertificateNumber n = CertificateNumber.of(2026, Series.ENGINEERING, Level.INTERMEDIATE, 123);
        assertEquals("JL-2026-ENG-I-000123", n.value());
        assertEquals(2026, n.year());
        assertEquals(Series.ENGINEERING, n.series());
        assertEquals(Level.INTERMEDIATE, n.level());
        assertEquals(123, n.serial());
        assertEquals("JL-2027-SOC-AS-000001",
                CertificateNumber.of(2027, Series.SOCIAL_SERVICE, Level.ASSOCIATE_SENIOR, 1).value());
        assertEquals(n, new CertificateNumber("JL-2026-ENG-I-000123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JL-2026-ENG-X-000123", "JL-26-ENG-I-000123", "JL-2026-ENG-I-000000",
        "jl-2026-eng-i-000123", "JL-2026-ENG-I-123", "JL-2026-ART-I-000123", " JL-2026-ENG-I-000123",
        "JL-2026-ENG-I-000123-7", ""})
    void aMalformedNumberIsRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CertificateNumber(text));
        assertEquals("not a certificate number of the form JL-2026-ENG-I-000123: " + text, e.getMessage());
    }

    @Test
    void noNumberForATechnicianTitleWhichThisSchemeDoesNotAward() {
        assertThrows(IllegalArgumentException.class,
                () -> CertificateNumber.of(2026, Series.ENGINEERING, Level.TECHNICIAN, 1));
    }
}
