package io.archadvisor.model;

/** How well the business domain and its boundaries are understood. */
public enum Clarity {
    UNCLEAR,
    EMERGING,
    CLEAR
}
