package org.simdyn.vector.fft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simdyn.vector.spi.FftProvider;

/** Plan cache, provider choice, size helpers and every validation message of fft.md section 2. */
class FftApiTest {

    @Test
    void plansAreCachedPerKindAndShape() {
        assertThat(Fft.complex(8, 12)).isSameAs(Fft.complex(8, 12));
        assertThat(Fft.real(8, 12)).isSameAs(Fft.real(8, 12));
        assertThat(Fft.provider("java").complex(16)).isSameAs(Fft.complex(16));
        assertThat(Fft.complex(12).shape()).containsExactly(12);
        assertThat(Fft.complex(3, 4).size()).isEqualTo(12);
        assertThat(Fft.complex(3, 4).provider()).isEqualTo("java");
        assertThat(Fft.real(4, 6).spectrumShape()).containsExactly(4, 4);
        assertThat(Fft.real(4, 6).spectrumSize()).isEqualTo(16);
        assertThat(Fft.real(5).spectrumShape()).containsExactly(3);
        assertThat(Fft.complex(8).threads()).isEqualTo(1);
        assertThat(Fft.complex(8).withThreads(3).threads()).isEqualTo(3);
        assertThat(Fft.real(8).withThreads(2).threads()).isEqualTo(2);
    }

    @Test
    void providersListJavaFirstAndTheDefaultIsJava() {
        List<FftProvider> all = Fft.providers();
        assertThat(all.get(0).name()).isEqualTo("java");
        assertThat(all.get(0).isAvailable()).isTrue();
        assertThat(all.get(0).unavailableReason()).isNull();
        assertThat(all.get(0).priority()).isZero();
        assertThat(Fft.provider().name()).isEqualTo("java");
        assertThat(Fft.provider("java")).isSameAs(all.get(0));
    }

    @Test
    void providerByNameRejectsUnknownNames() {
        assertThatThrownBy(() -> Fft.provider("fftx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown FFT provider 'fftx'; known: java, fftw");
        assertThatThrownBy(() -> Fft.provider(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
    }

    @Test
    void choiceFallsBackToJavaWithOneWarning() {
        List<FftProvider> all = List.of(Fft.provider("java"), new Missing());
        assertThat(Fft.choose(null, all).provider().name()).isEqualTo("java");
        assertThat(Fft.choose(null, all).warning()).isNull();
        assertThat(Fft.choose("auto", all).provider().name()).isEqualTo("java");
        assertThat(Fft.choose("auto", all).warning()).isNull();
        Fft.Choice c = Fft.choose("fftw", all);
        assertThat(c.provider().name()).isEqualTo("java");
        assertThat(c.warning()).contains("FFT provider 'fftw' is not available: libfftw3.so.3 not found");
        assertThat(Fft.choose("bogus", all).warning()).contains("invalid -Dsimdyn.fft=bogus");
        assertThat(Fft.choose("fftw", List.of(Fft.provider("java"))).warning()).contains("'fftw' is not available");
    }

    /** A provider that is never available. */
    private static final class Missing implements FftProvider {
        @Override
        public String name() {
            return "fftw";
        }

        @Override
        public String description() {
            return "missing";
        }

        @Override
        public int priority() {
            return 100;
        }

        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public String unavailableReason() {
            return "libfftw3.so.3 not found";
        }

        @Override
        public ComplexFft complex(int... shape) {
            throw new IllegalStateException("unavailable");
        }

        @Override
        public RealFft real(int... shape) {
            throw new IllegalStateException("unavailable");
        }
    }

    @Test
    void fastSizes() {
        assertThat(Fft.isFastSize(1)).isTrue();
        assertThat(Fft.isFastSize(3840)).isTrue();
        assertThat(Fft.isFastSize(7)).isFalse();
        assertThat(Fft.isFastSize(0)).isFalse();
        assertThat(Fft.isFastSize(-4)).isFalse();
        assertThat(Fft.nextFastSize(77)).isEqualTo(80);
        assertThat(Fft.nextFastSize(0)).isEqualTo(1);
        assertThat(Fft.nextFastSize(1025)).isEqualTo(1080);
        assertThat(Fft.nextFastSize(2125764000)).isEqualTo(2125764000);
        assertThatThrownBy(() -> Fft.nextFastSize(2125764001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("n = 2125764001 is out of range");
    }

    @Test
    void shapeValidation() {
        assertThatThrownBy(() -> Fft.complex((int[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("shape");
        assertThatThrownBy(() -> Fft.real()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape.length = 0 is out of range: must be >= 1");
        assertThatThrownBy(() -> Fft.complex(77)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape[0] = 77 must be a product of 2, 3 and 5; next fast size is 80");
        assertThatThrownBy(() -> Fft.complex(4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape[1] = 0 is out of range: must be >= 1");
        assertThatThrownBy(() -> Fft.real(1 << 15, 1 << 14)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size = 536870912 (the product of the shape) is out of range: must be <= 2^28 = 268435456");
        assertThatThrownBy(() -> Fft.complex(8).withThreads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads = 0 is out of range: must be >= 1");
        assertThatThrownBy(() -> Fft.real(8).withThreads(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads = -1 is out of range: must be >= 1");
    }

    @Test
    void complexArrayValidation() {
        ComplexFft p = Fft.complex(1024);
        double[] ok = new double[1024];
        double[] shortArray = new double[1000];
        assertThatThrownBy(() -> p.forward(ok, ok, shortArray, ok)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outRe.length must be >= 1024, got 1000");
        assertThatThrownBy(() -> p.inverse(ok, shortArray)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("im.length must be >= 1024, got 1000");
        assertThatThrownBy(() -> p.inverseUnscaled(ok, 1, ok, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("re.length must be >= 1024 + reOff = 1025, got 1024");
        assertThatThrownBy(() -> p.forward(ok, 0, ok, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("imOff = -2 is out of range: must be >= 0");
        assertThatThrownBy(() -> p.forward(null, ok, ok, ok)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("inRe");
        assertThatThrownBy(() -> p.inverse(ok, null, ok, ok)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("inIm");
        assertThatThrownBy(() -> p.forward(ok, ok, ok, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("outIm");
        assertThatThrownBy(() -> p.forward(null, ok)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("re");
    }

    @Test
    void realArrayValidation() {
        RealFft p = Fft.real(1024);
        double[] x = new double[1024];
        double[] h = new double[513];
        assertThatThrownBy(() -> p.forward(x, h, new double[512])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outIm.length must be >= 513, got 512");
        assertThatThrownBy(() -> p.forward(x, 0, h, h, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outRe.length must be >= 513 + outOff = 514, got 513");
        assertThatThrownBy(() -> p.forward(x, -1, h, h, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inOff = -1 is out of range: must be >= 0");
        assertThatThrownBy(() -> p.inverse(h, h, new double[1000])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out.length must be >= 1024, got 1000");
        assertThatThrownBy(() -> p.inverseUnscaled(h, h, 0, x, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out.length must be >= 1024 + outOff = 1027, got 1024");
        assertThatThrownBy(() -> p.inverse(null, h, x)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("inRe");
        assertThatThrownBy(() -> p.forward(null, h, h)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("in");
    }

    @Test
    void hermitianImaginaryPartsAreIgnoredAndZeroed() {
        RealFft p = Fft.real(8);
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] re = new double[5];
        double[] im = new double[5];
        p.forward(x, re, im);
        assertThat(Double.doubleToRawLongBits(im[0])).isZero();
        assertThat(Double.doubleToRawLongBits(im[4])).isZero();
        double[] y = new double[8];
        p.inverse(re, im, y);
        im[0] = 17.0;
        im[4] = -3.0;
        double[] z = new double[8];
        p.inverse(re, im, z);
        assertThat(z).isEqualTo(y);
    }
}
