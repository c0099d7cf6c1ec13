// targets: host wasi wasm cortex-m-qemu microbit

// 110 nested for loops: past the 100 at which the compiler leaves a function
// unoptimised (LLVM's loop passes would take minutes at a thousand). The result must
// be the same as optimised code's. Not on the Uno: the unoptimised function keeps its
// 110 counters and their copies in a frame larger than the Uno's 512-byte goroutine stack.
package main

func loops() int {
	s := 0
	for i0 := 0; i0 < 2; i0++ {
		for i1 := 0; i1 < 1; i1++ {
			for i2 := 0; i2 < 1; i2++ {
				for i3 := 0; i3 < 1; i3++ {
					for i4 := 0; i4 < 1; i4++ {
						for i5 := 0; i5 < 1; i5++ {
							for i6 := 0; i6 < 1; i6++ {
								for i7 := 0; i7 < 1; i7++ {
									for i8 := 0; i8 < 1; i8++ {
										for i9 := 0; i9 < 1; i9++ {
											for i10 := 0; i10 < 1; i10++ {
												for i11 := 0; i11 < 1; i11++ {
													for i12 := 0; i12 < 1; i12++ {
														for i13 := 0; i13 < 1; i13++ {
															for i14 := 0; i14 < 1; i14++ {
																for i15 := 0; i15 < 1; i15++ {
																	for i16 := 0; i16 < 1; i16++ {
																		for i17 := 0; i17 < 1; i17++ {
																			for i18 := 0; i18 < 1; i18++ {
																				for i19 := 0; i19 < 1; i19++ {
																					for i20 := 0; i20 < 1; i20++ {
																						for i21 := 0; i21 < 1; i21++ {
																							for i22 := 0; i22 < 1; i22++ {
																								for i23 := 0; i23 < 1; i23++ {
																									for i24 := 0; i24 < 1; i24++ {
																										for i25 := 0; i25 < 1; i25++ {
																											for i26 := 0; i26 < 1; i26++ {
																												for i27 := 0; i27 < 1; i27++ {
																													for i28 := 0; i28 < 1; i28++ {
																														for i29 := 0; i29 < 1; i29++ {
																															for i30 := 0; i30 < 1; i30++ {
																																for i31 := 0; i31 < 1; i31++ {
																																	for i32 := 0; i32 < 1; i32++ {
																																		for i33 := 0; i33 < 1; i33++ {
																																			for i34 := 0; i34 < 1; i34++ {
																																				for i35 := 0; i35 < 1; i35++ {
																																					for i36 := 0; i36 < 1; i36++ {
																																						for i37 := 0; i37 < 1; i37++ {
																																							for i38 := 0; i38 < 1; i38++ {
																																								for i39 := 0; i39 < 1; i39++ {
																																									for i40 := 0; i40 < 1; i40++ {
																																										for i41 := 0; i41 < 1; i41++ {
																																											for i42 := 0; i42 < 1; i42++ {
																																												for i43 := 0; i43 < 1; i43++ {
																																													for i44 := 0; i44 < 1; i44++ {
																																														for i45 := 0; i45 < 1; i45++ {
																																															for i46 := 0; i46 < 1; i46++ {
																																																for i47 := 0; i47 < 1; i47++ {
																																																	for i48 := 0; i48 < 1; i48++ {
																																																		for i49 := 0; i49 < 1; i49++ {
																																																			for i50 := 0; i50 < 2; i50++ {
																																																				for i51 := 0; i51 < 1; i51++ {
																																																					for i52 := 0; i52 < 1; i52++ {
																																																						for i53 := 0; i53 < 1; i53++ {
																																																							for i54 := 0; i54 < 1; i54++ {
																																																								for i55 := 0; i55 < 1; i55++ {
																																																									for i56 := 0; i56 < 1; i56++ {
																																																										for i57 := 0; i57 < 1; i57++ {
																																																											for i58 := 0; i58 < 1; i58++ {
																																																												for i59 := 0; i59 < 1; i59++ {
																																																													for i60 := 0; i60 < 1; i60++ {
																																																														for i61 := 0; i61 < 1; i61++ {
																																																															for i62 := 0; i62 < 1; i62++ {
																																																																for i63 := 0; i63 < 1; i63++ {
																																																																	for i64 := 0; i64 < 1; i64++ {
																																																																		for i65 := 0; i65 < 1; i65++ {
																																																																			for i66 := 0; i66 < 1; i66++ {
																																																																				for i67 := 0; i67 < 1; i67++ {
																																																																					for i68 := 0; i68 < 1; i68++ {
																																																																						for i69 := 0; i69 < 1; i69++ {
																																																																							for i70 := 0; i70 < 1; i70++ {
																																																																								for i71 := 0; i71 < 1; i71++ {
																																																																									for i72 := 0; i72 < 1; i72++ {
																																																																										for i73 := 0; i73 < 1; i73++ {
																																																																											for i74 := 0; i74 < 1; i74++ {
																																																																												for i75 := 0; i75 < 1; i75++ {
																																																																													for i76 := 0; i76 < 1; i76++ {
																																																																														for i77 := 0; i77 < 1; i77++ {
																																																																															for i78 := 0; i78 < 1; i78++ {
																																																																																for i79 := 0; i79 < 1; i79++ {
																																																																																	for i80 := 0; i80 < 1; i80++ {
																																																																																		for i81 := 0; i81 < 1; i81++ {
																																																																																			for i82 := 0; i82 < 1; i82++ {
																																																																																				for i83 := 0; i83 < 1; i83++ {
																																																																																					for i84 := 0; i84 < 1; i84++ {
																																																																																						for i85 := 0; i85 < 1; i85++ {
																																																																																							for i86 := 0; i86 < 1; i86++ {
																																																																																								for i87 := 0; i87 < 1; i87++ {
																																																																																									for i88 := 0; i88 < 1; i88++ {
																																																																																										for i89 := 0; i89 < 1; i89++ {
																																																																																											for i90 := 0; i90 < 1; i90++ {
																																																																																												for i91 := 0; i91 < 1; i91++ {
																																																																																													for i92 := 0; i92 < 1; i92++ {
																																																																																														for i93 := 0; i93 < 1; i93++ {
																																																																																															for i94 := 0; i94 < 1; i94++ {
																																																																																																for i95 := 0; i95 < 1; i95++ {
																																																																																																	for i96 := 0; i96 < 1; i96++ {
																																																																																																		for i97 := 0; i97 < 1; i97++ {
																																																																																																			for i98 := 0; i98 < 1; i98++ {
																																																																																																				for i99 := 0; i99 < 1; i99++ {
																																																																																																					for i100 := 0; i100 < 1; i100++ {
																																																																																																						for i101 := 0; i101 < 1; i101++ {
																																																																																																							for i102 := 0; i102 < 1; i102++ {
																																																																																																								for i103 := 0; i103 < 1; i103++ {
																																																																																																									for i104 := 0; i104 < 1; i104++ {
																																																																																																										for i105 := 0; i105 < 1; i105++ {
																																																																																																											for i106 := 0; i106 < 1; i106++ {
																																																																																																												for i107 := 0; i107 < 1; i107++ {
																																																																																																													for i108 := 0; i108 < 1; i108++ {
																																																																																																														for i109 := 0; i109 < 2; i109++ {
																																																																																																															s += i0 + i50*10 + i109*100 + 1
																																																																																																														}
																																																																																																													}
																																																																																																												}
																																																																																																											}
																																																																																																										}
																																																																																																									}
																																																																																																								}
																																																																																																							}
																																																																																																						}
																																																																																																					}
																																																																																																				}
																																																																																																			}
																																																																																																		}
																																																																																																	}
																																																																																																}
																																																																																															}
																																																																																														}
																																																																																													}
																																																																																												}
																																																																																											}
																																																																																										}
																																																																																									}
																																																																																								}
																																																																																							}
																																																																																						}
																																																																																					}
																																																																																				}
																																																																																			}
																																																																																		}
																																																																																	}
																																																																																}
																																																																															}
																																																																														}
																																																																													}
																																																																												}
																																																																											}
																																																																										}
																																																																									}
																																																																								}
																																																																							}
																																																																						}
																																																																					}
																																																																				}
																																																																			}
																																																																		}
																																																																	}
																																																																}
																																																															}
																																																														}
																																																													}
																																																												}
																																																											}
																																																										}
																																																									}
																																																								}
																																																							}
																																																						}
																																																					}
																																																				}
																																																			}
																																																		}
																																																	}
																																																}
																																															}
																																														}
																																													}
																																												}
																																											}
																																										}
																																									}
																																								}
																																							}
																																						}
																																					}
																																				}
																																			}
																																		}
																																	}
																																}
																															}
																														}
																													}
																												}
																											}
																										}
																									}
																								}
																							}
																						}
																					}
																				}
																			}
																		}
																	}
																}
															}
														}
													}
												}
											}
										}
									}
								}
							}
						}
					}
				}
			}
		}
	}
	return s
}

func main() {
	println(loops())
}
