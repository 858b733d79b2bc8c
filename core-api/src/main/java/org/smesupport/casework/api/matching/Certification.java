package org.smesupport.casework.api.matching;

/** Quality and management certifications ordering firms ask for. */
public enum Certification {
    ISO_9001,
    ISO_14001,
    IATF_16949,
    JIS_Q_9100,
    ISO_13485,
    ISO_27001
}
