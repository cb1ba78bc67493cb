package dev.rt0gen.lower;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map layouts lowering relies on are the runtime's (docs/ABI.md "Maps"): map.go declares
 * hmap and hiter, and go_asm.s (api.RuntimeBuild) gives their layouts; the hiter compiled code
 * allocates is as big as the runtime's, len(m) reads hmap.count at offset 0, and the maptype
 * descriptors Lower.keyDesc emits (keysize, elemsize, keykind, zero, nparts, entry, then nparts ×
 * (offset, kind, size)) use map.go's layout and key kinds.
 */
class MapLayoutTest {
    @Test
    void loweringsMapLayoutsAreTheRuntimes() throws Exception {
        String goAsm;
        try (InputStream in = MapLayoutTest.class.getClassLoader().getResourceAsStream("dev/rt0gen/runtime/go_asm.s")) {
            assertThat(in).as("go_asm.s on the class path").isNotNull();
            goAsm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(goAsm).contains(".set hiter__size, 0x" + Long.toHexString(Lower.MAP_HITER_SIZE) + "\n");
        assertThat(goAsm).contains(".set hiter_key, 0x0\n", ".set hiter_elem, 0x8\n", ".set hmap_count, 0x0\n");
        assertThat(goAsm).contains(".set maptype_keysize, 0x0\n", ".set maptype_elemsize, 0x8\n",
                ".set maptype_keykind, 0x10\n", ".set maptype_zero, 0x18\n", ".set maptype_nparts, 0x20\n",
                ".set maptype_entry, 0x28\n", ".set maptype__size, 0x30\n", ".set mappart_offset, 0x0\n", ".set mappart_kind, 0x8\n",
                ".set mappart_size, 0x10\n", ".set mappart__size, 0x18\n");
        assertThat(goAsm).contains(".set const_mapKeyMem, 0x0\n", ".set const_mapKeyString, 0x1\n",
                ".set const_mapKeyF64, 0x2\n", ".set const_mapKeyF32, 0x3\n", ".set const_mapKeyParts, 0x4\n",
                ".set const_mapKeyEface, 0x5\n", ".set const_mapKeyIface, 0x6\n");
    }
}
