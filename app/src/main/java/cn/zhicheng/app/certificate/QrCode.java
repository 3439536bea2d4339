package cn.zhicheng.app.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The QR code printed on a certificate (六(六)): a PNG carrying the certificate's signed string, so that anyone with
 * the issuing body's public key can scan and verify it offline. Error correction M (15%) leaves room for the
 * longest signed string (its Chinese names take three bytes each) while surviving a worn print; the quiet zone
 * of four modules is the one the QR standard asks for.
 */
public final class QrCode {

    /** Pixels per module: large enough for a phone camera at print size. */
    private static final int SCALE = 4;
    private static final int QUIET_ZONE = 4;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private QrCode() {
    }

    /** The PNG bytes of a QR code carrying {@code signedString}. */
    public static byte[] png(String signedString) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(signedString, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + signedString.length() + " characters", e);
        }
        BufferedImage image = new BufferedImage(modules.getWidth() * SCALE, modules.getHeight() * SCALE,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, modules.get(x / SCALE, y / SCALE) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java platform");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
