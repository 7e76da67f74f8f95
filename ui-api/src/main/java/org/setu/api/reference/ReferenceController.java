package org.setu.api.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The shipped reference lists, so clients offer the same choices the API accepts (docs/reference-data.md). */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Directory")
public class ReferenceController {

    private final ReferenceLists lists = ReferenceLists.shipped();

    @GetMapping("/divisions")
    @Operation(summary = "Bangladesh's 8 divisions: BBS geocode, English and Bangla name")
    public List<Division> divisions() {
        return lists.divisions();
    }

    @GetMapping("/districts")
    @Operation(summary = "Bangladesh's 64 districts: BBS geocode, division, English name (as stored), Bangla name")
    public List<District> districts() {
        return lists.districts();
    }

    @GetMapping("/countries")
    @Operation(summary = "ISO 3166-1 countries: alpha-2 code (as stored), English and Bangla name")
    public List<Country> countries() {
        return lists.countries();
    }
}
