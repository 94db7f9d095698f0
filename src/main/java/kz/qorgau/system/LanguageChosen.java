package kz.qorgau.system;

/** A signed-in user chose an interface language (remembered with the user by the identity module). */
public record LanguageChosen(String username, String language) {
}
