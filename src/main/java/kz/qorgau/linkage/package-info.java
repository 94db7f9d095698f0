/**
 * Linkage: finding the records of one person among the persons that several agencies registered, by probabilistic
 * record linkage (Fellegi–Sunter, with m and u probabilities estimated by EM from the data, never hand-set). This
 * part is the matching core as a pure library: name folding and phonetic keys, comparators with discrete agreement
 * levels, blocking, the fitted model with an explanation of every candidate pair, and clustering of matches into
 * persons. It holds no personal data of its own: features are computed when a person is saved, and only keyed
 * values of them are meant to be stored (see {@link kz.qorgau.linkage.NameFolding}). For organisations that do not
 * share identities, the privacy-preserving mode links keyed Bloom-filter encodings by their Dice coefficient
 * ({@link kz.qorgau.linkage.ClkEncoder}, {@link kz.qorgau.linkage.EncodedLinkage}; docs/linkage.md), and the offline
 * encoding tool with which such an organisation encodes its records on its own computer, a command of the jar that
 * runs without Spring ({@link kz.qorgau.linkage.EncodeCommand}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linkage", allowedDependencies = { "shared" })
package kz.qorgau.linkage;
