package org.simdyn.ffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.simdyn.ffm.internal.FftwProvider;
import org.simdyn.ffm.internal.LapackeProvider;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.spi.FftProvider;
import org.simdyn.vector.spi.LapackProvider;

/** The descriptor and META-INF/services agree, and ServiceLoader finds the provider on the class path. */
class ServicesTest {

    private static ModuleDescriptor descriptor(Path location, String module) {
        return ModuleFinder.of(location).find(module).orElseThrow().descriptor();
    }

    @Test
    void descriptorAndServicesFilesAgree() throws IOException {
        ModuleDescriptor ffm = descriptor(Path.of("target/classes"), "org.simdyn.ffm");
        Map<String, List<String>> provides = new TreeMap<>();
        for (ModuleDescriptor.Provides p : ffm.provides()) {
            provides.put(p.service(), p.providers());
        }
        Map<String, List<String>> files = new TreeMap<>();
        try (Stream<Path> services = Files.list(Path.of("target/classes/META-INF/services"))) {
            for (Path file : services.toList()) {
                files.put(file.getFileName().toString(), Files.readAllLines(file).stream()
                        .map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty()).toList());
            }
        }
        assertThat(files).isEqualTo(provides)
                .containsEntry(LapackProvider.class.getName(), List.of(LapackeProvider.class.getName()))
                .containsEntry(FftProvider.class.getName(), List.of(FftwProvider.class.getName()));
    }

    @Test
    void descriptorRequiresVectorAndExportsOnlyTheApi() {
        ModuleDescriptor ffm = descriptor(Path.of("target/classes"), "org.simdyn.ffm");
        assertThat(ffm.requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("org.simdyn.vector").doesNotContain("jdk.incubator.vector");
        assertThat(ffm.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.simdyn.ffm");
        assertThat(ffm.exports()).allMatch(e -> !e.isQualified());
    }

    @Test
    void vectorExportsAndUsesTheSpi() throws URISyntaxException {
        Path vector = Path.of(LapackProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor d = descriptor(vector, "org.simdyn.vector");
        assertThat(d.uses()).contains(LapackProvider.class.getName(), FftProvider.class.getName());
        assertThat(d.exports()).anyMatch(e -> e.source().equals("org.simdyn.vector.spi") && !e.isQualified());
    }

    @Test
    void serviceLoaderFindsTheProvider() {
        List<LapackProvider> providers = LapackProvider.providers();
        assertThat(providers).hasSize(1).first().isInstanceOf(LapackeProvider.class);
        assertThat(providers.getFirst().name()).isEqualTo("lapacke");
        assertThat(LapackProvider.find().isPresent()).isEqualTo(Lapacke.available());
        if (Lapacke.available()) {
            assertThat(Lapacke.reason()).isNull();
            assertThat(LapackProvider.find().orElseThrow().unavailableReason()).isNull();
        } else {
            assertThat(Lapacke.reason()).isNotBlank().doesNotContain("\n")
                    .isEqualTo(providers.getFirst().unavailableReason());
            assertThat(Lapacke.description()).isEqualTo("LAPACKE via FFM (unavailable)");
        }
    }

    @Test
    void fftFindsTheFftwProvider() {
        List<FftProvider> providers = Fft.providers();
        assertThat(providers).extracting(FftProvider::name).containsExactly("java", "fftw");
        FftProvider fftw = providers.get(1);
        assertThat(fftw).isInstanceOf(FftwProvider.class);
        assertThat(fftw.priority()).isEqualTo(100);
        assertThat(fftw.isAvailable()).isEqualTo(Fftw.isAvailable());
        assertThat(fftw.unavailableReason()).isEqualTo(Fftw.unavailableReason());
        if (fftw.isAvailable()) {
            assertThat(Fft.provider("fftw")).isInstanceOf(FftwProvider.class);
        } else {
            assertThatThrownBy(() -> Fft.provider("fftw")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FFT provider 'fftw' is not available: " + Fftw.unavailableReason());
        }
    }
}
