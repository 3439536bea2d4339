package cn.zhicheng.app.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cn.zhicheng.core.certificate.CertificateCheck;
import cn.zhicheng.core.certificate.CertificateContent;
import cn.zhicheng.core.certificate.CertificateNumber;
import cn.zhicheng.core.certificate.Certificates;
import cn.zhicheng.core.certificate.Holder;
import cn.zhicheng.core.certificate.IssuingBody;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.policy.Title;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    /** Reads the PNG as a phone would: the image's pixels, binarised, decoded by ZXing's QR reader. */
    private static String scan(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Test
    void theQrCodeOfASignedCertificateScansBackToTheSameStringAndVerifies() throws Exception {
        KeyPair association = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        CertificateNumber number = CertificateNumber.of(2026, Series.SOCIAL_SERVICE, Level.ASSOCIATE_SENIOR, 42);
        CertificateContent content = new CertificateContent(number, Holder.of("欧阳晓雨", "220102199503152349", number),
                new DecisionRecord.FieldRef("SOCIAL_SERVICE", new Text("社会服务（育婴、家政、代驾、在线教育、在线医疗、自营驾驶、安全保卫）",
                        "Social service"), Series.SOCIAL_SERVICE, "附件13"),
                Title.SENIOR_SOCIAL_SERVICE_PRACTITIONER, new IssuingBody.Association(
                        new Text("吉林省家庭服务业协会", "Jilin Province Domestic Service Association"),
                        "吉人社委〔2026〕3号", "吉人社备〔2026〕21号"),
                "2026年度社会服务系列高级评审第1次会议", LocalDate.of(2026, 12, 18));
        String signed = Certificates.sign(content, association).signedString();

        byte[] png = QrCode.png(signed);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        String scanned = scan(png);
        assertEquals(signed, scanned);
        assertInstanceOf(CertificateCheck.Valid.class, Certificates.verify(scanned, association.getPublic()));
    }

    @Test
    void theSameStringGivesTheSamePng() {
        assertArrayEquals(QrCode.png("JL-2026-ENG-I-000123"), QrCode.png("JL-2026-ENG-I-000123"));
    }
}
