package dev.steadfast.ehr.patient;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.steadfast.runtime.text.Printable;

/** Demographics as a receptionist registers or corrects them. */
public record PatientDraft(
        @NotBlank @Size(max = 100) @Printable String familyName,
        @NotBlank @Size(max = 100) @Printable String givenName,
        @NotNull @PastOrPresent LocalDate birthDate,
        @Pattern(regexp = "\\+?[0-9 ()-]{3,30}") String phone,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}") String careTeam) {
}
